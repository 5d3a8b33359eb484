package org.anju.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.anju.testsupport.Api.Response;

/** N requests released at the same instant by a barrier, as N officers pressing 保存 together. */
public final class RacingWriters {

    private RacingWriters() {
    }

    /** Sends {@code request.apply(i)} for i = 0 … n-1 at once; the answers in the order of i. */
    public static List<Response> atOnce(int n, IntFunction<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        List<Callable<Response>> writers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int writer = i;
            writers.add(() -> {
                start.await();
                return request.apply(writer);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(writers)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
