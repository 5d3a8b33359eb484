package org.anju.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anju.system.AnjuProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample county at start-up: loaded into an empty database only, with its loading visible. */
class SampleCountyOnStartupTest {

    @TempDir
    Path directory;

    final CountyPackageLoader loader = mock(CountyPackageLoader.class);
    final AnjuProperties properties = mock(AnjuProperties.class);
    final SampleCountyStatus status = new SampleCountyStatus();
    final SampleCountyOnStartup startup = new SampleCountyOnStartup(loader, properties, status,
            mock(CountyAtWork.class));

    @Test
    void whileTheSampleCountyLoadsTheStatusSaysSoAndAfterwardsNot() throws Exception {
        when(properties.sampleData()).thenReturn(new AnjuProperties.SampleData(true, directory));
        when(loader.databaseIsEmpty()).thenReturn(true);
        AtomicBoolean loadingDuringLoad = new AtomicBoolean();
        when(loader.load(any())).thenAnswer(call -> {
            loadingDuringLoad.set(status.loading());
            return null;
        });

        startup.run(null);

        assertThat(loadingDuringLoad).isTrue();
        assertThat(status.loading()).isFalse();
    }

    @Test
    void aFailedLoadDoesNotLeaveTheMapWaitingForever() {
        when(properties.sampleData()).thenReturn(new AnjuProperties.SampleData(true, directory));
        when(loader.databaseIsEmpty()).thenReturn(true);
        when(loader.load(any())).thenThrow(new IllegalStateException("broken package"));

        assertThatThrownBy(() -> startup.run(null)).hasMessage("broken package");
        assertThat(status.loading()).isFalse();
    }

    @Test
    void aDatabaseThatHoldsDataIsNeverTouched() {
        when(properties.sampleData()).thenReturn(new AnjuProperties.SampleData(true, directory));
        when(loader.databaseIsEmpty()).thenReturn(false);

        startup.run(null);

        verify(loader, never()).load(any());
        assertThat(status.loading()).isFalse();
    }
}
