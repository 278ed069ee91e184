package id.pokin.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnEmpty whether to import the bundled documents (classpath {@code dataset/}) into a database
 * with no node at all, so that a new user sees real data at once
 */
@ConfigurationProperties("pokin.dataset")
record DatasetProperties(@DefaultValue("true") boolean loadOnEmpty) {
}
