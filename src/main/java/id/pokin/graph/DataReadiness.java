package id.pokin.graph;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Whether the work a start leaves for after the first answer is done: the schema, the demo dataset on a new store,
 * and the warm-ups ({@link WarmUp}: stored readiness checks, query plans). Until then the application answers
 * from what is there; {@code /actuator/health} says {@code data: LOADING} ({@link DataHealthIndicator}) and the
 * readiness group ({@code /actuator/health/readiness}) answers 503.
 */
@Component
public class DataReadiness {

	private final Instant started = Instant.now();

	private volatile Duration loadedIn;

	public boolean isReady() {
		return this.loadedIn != null;
	}

	/** How long after the application's start the data became ready; null while it is loading. */
	public Duration loadedIn() {
		return this.loadedIn;
	}

	void ready() {
		if (this.loadedIn == null) {
			this.loadedIn = Duration.between(this.started, Instant.now());
		}
	}

}
