package id.pokin.support;

import id.pokin.graph.GraphVersion;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The shared harness's last transaction as the application's {@link GraphVersion}, so the tests run with readiness reports
 * kept as the embedded default keeps them: a fixture loaded between two checks must be seen by the second.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HarnessVersion {

	@Bean
	@Primary
	GraphVersion harnessVersion() {
		return TestNeo4j.version();
	}

}
