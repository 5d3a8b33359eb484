package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file (CSV) when nobody says: UTF-8 with a byte-order mark; UTF-8 when
 * the whole file decodes as strict UTF-8; otherwise GB18030 — what Excel on Chinese Windows writes
 * when it saves "CSV". One streaming pass, stopped at the first non-UTF-8 byte.
 */
final class TextEncoding {

    private TextEncoding() {
    }

    static Charset detect(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) > 0) {
                in.position(in.position() + n);
                in.flip();
                CoderResult result = utf8.decode(in, out, false);
                if (result.isError()) {
                    return Charset.forName("GB18030");
                }
                out.clear();
                in.compact();
            }
            in.flip();
            if (utf8.decode(in, out, true).isError() || in.hasRemaining()) {
                return Charset.forName("GB18030");
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** True when the file starts with the UTF-8 byte-order mark. */
    static boolean hasUtf8Bom(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] head = stream.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }
}
