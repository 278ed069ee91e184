package id.pokin.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the start-up warms once the data is loaded ({@link WarmUp}), so that the first requests find their query plans
 * made and their reports kept.
 *
 * @param enabled whether to warm up at all (commands and tests do not)
 * @param regions how many regions (in id order: the overview's first page) get their readiness report made
 */
@ConfigurationProperties("pokin.warm-up")
public record WarmUpProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20") int regions) {
}
