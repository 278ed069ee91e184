package id.pokin.trace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on the traversals, so one request on a crosscutting-heavy graph cannot return without end.
 *
 * @param maxPaths most paths one trace returns
 * @param maxImpactNodes most nodes one impact returns before it is marked truncated
 */
@ConfigurationProperties("pokin.trace")
record TraceProperties(@DefaultValue("1000") int maxPaths, @DefaultValue("50000") int maxImpactNodes) {
}
