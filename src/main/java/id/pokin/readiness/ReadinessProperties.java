package id.pokin.readiness;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the readiness check.
 *
 * @param topLevel the top of the cascade every indicator must reach: an element kind ({@code TUJUAN},
 * {@code SASARAN}, {@code KONDISI}) or a level ({@code PEMDA}, {@code PERANGKAT_DAERAH}, ...)
 * @param rules per rule id: {@code enabled} (default true) and {@code severity} (default: the rule's own)
 * @param parallelism how many rule queries run at once, across all reports (0: the number of processors, at most 4)
 * @param cacheSize how many reports are kept while the graph does not change (0: none), see {@link ReadinessService}
 * @param checkInterval how soon after a change the stored rules check the changed documents again (0: never; the
 * reports then read every document whole), see {@link StoredFindings}
 */
@ConfigurationProperties("pokin.readiness")
record ReadinessProperties(@DefaultValue("TUJUAN") String topLevel, @DefaultValue Map<String, RuleSettings> rules,
		@DefaultValue("0") int parallelism, @DefaultValue("64") int cacheSize, @DefaultValue("2s") Duration checkInterval) {

	record RuleSettings(@DefaultValue("true") boolean enabled, Severity severity) {
	}

}
