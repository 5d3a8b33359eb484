package org.anju.sample;

import org.springframework.stereotype.Component;

/**
 * Whether the sample county is being loaded right now. The service answers HTTP while it loads
 * (a minute or two on the embedded database), so the map tells a newcomer to wait instead of
 * showing an empty county; {@code /actuator/health/readiness} stays OUT_OF_SERVICE meanwhile.
 */
@Component
public class SampleCountyStatus {

    private volatile boolean loading;

    public boolean loading() {
        return loading;
    }

    void loading(boolean loading) {
        this.loading = loading;
    }
}
