package id.pokin.web;

import java.time.Duration;

import id.pokin.graph.DataReadiness;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Requests while the data loads after a start ({@link DataLoading}).
 * {@code pokin.startup.schema-wait}: how long a request waits for the schema before it is told the data is loading.
 */
@Configuration(proxyBeanMethods = false)
class DataLoadingConfiguration implements WebMvcConfigurer {

	private final DataReadiness readiness;

	private final Duration wait;

	DataLoadingConfiguration(DataReadiness readiness, @Value("${pokin.startup.schema-wait:2s}") Duration wait) {
		this.readiness = readiness;
		this.wait = wait;
	}

	@Bean
	DataLoading.GraphQl dataLoadingGraphQl() {
		return new DataLoading.GraphQl(this.readiness, this.wait);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DataLoading.Rest(this.readiness, this.wait));
	}

}
