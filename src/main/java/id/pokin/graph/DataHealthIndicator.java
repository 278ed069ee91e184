package id.pokin.graph;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health component {@code data}: {@code LOADING} while the start-up's background work runs (demo dataset,
 * stored readiness checks, warm-up: {@link DataReadiness}), {@code UP} once it is done. {@code LOADING} is a status
 * of its own, which the overall health leaves aside (it stays {@code UP}: the application answers while it loads)
 * and the readiness group orders below {@code UP} and answers with 503 (application.yml).
 */
@Component
class DataHealthIndicator implements HealthIndicator {

	static final Status LOADING = new Status("LOADING", "the data is loading; requests are answered from what is there");

	private final DataReadiness readiness;

	DataHealthIndicator(DataReadiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public Health health() {
		if (!this.readiness.isReady()) {
			return Health.status(LOADING).withDetail("state", "LOADING").build();
		}
		return Health.up().withDetail("state", "READY").withDetail("readyAfterMs", this.readiness.loadedIn().toMillis())
			.build();
	}

}
