package id.pokin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class left out of {@code ./mvnw test} (the quick loop) and run by failsafe in {@code ./mvnw verify}:
 * it drives a browser, starts an application or a JVM of its own, or takes more than a few seconds on a 2-core
 * machine. {@code ./mvnw test -Dtest=...} runs a tagged class when it is named.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface SlowTest {

}
