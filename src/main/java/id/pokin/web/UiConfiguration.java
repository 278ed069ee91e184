package id.pokin.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web UI ({@code frontend/}, shipped as static resources) uses hash routes, so {@code /} serves it all;
 * only the offline GraphiQL page needs a clean address of its own.
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {

	private final boolean graphiql;

	/** @param graphiql whether the GraphiQL page is served; production can switch it off with introspection */
	UiConfiguration(@Value("${pokin.graphiql.enabled:true}") boolean graphiql) {
		this.graphiql = graphiql;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		if (this.graphiql) {
			registry.addViewController("/graphiql").setViewName("forward:/graphiql.html");
		}
		else {
			// view controllers come before static resources, so the page itself is hidden too
			registry.addStatusController("/graphiql", HttpStatus.NOT_FOUND);
			registry.addStatusController("/graphiql.html", HttpStatus.NOT_FOUND);
		}
	}

}
