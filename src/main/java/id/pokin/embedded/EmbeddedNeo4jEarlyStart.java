package id.pokin.embedded;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded database as soon as the configuration is read, before the application context is built: the
 * database's start (seconds, on its own thread) then runs beside the whole of Spring's start instead of beginning
 * partway through it, when the context first asks for the database. The context takes this instance
 * ({@link EmbeddedNeo4jConfiguration}) if its settings are the same, and closes it otherwise; one the context has not
 * taken by the time the application is ready, or has failed, is closed here. Added by the web application's {@code main} only: tests and commands
 * start the database when the context asks for it.
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationListener<ApplicationEvent> {

	private static final String BEAN = "embeddedNeo4jEarlyStart";

	private EmbeddedNeo4jProperties properties;

	private EmbeddedNeo4j neo4j;

	private boolean taken;

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.neo4j != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
		}
		else if (event instanceof ApplicationFailedEvent || event instanceof ApplicationReadyEvent) {
			// a context that did not take it (its own settings say otherwise) must not leave it holding the store
			closeUnlessTaken();
		}
	}

	private void start(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
			return;
		}
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment), ApplicationConversionService.getSharedInstance());
		this.properties = binder.bindOrCreate("pokin.embedded", Bindable.of(EmbeddedNeo4jProperties.class));
		this.neo4j = EmbeddedNeo4j.startInBackground(this.properties);
	}

	/** The database started early, if it was started with these settings; otherwise a new start. */
	synchronized EmbeddedNeo4j take(EmbeddedNeo4jProperties wanted) {
		if (this.neo4j != null && !this.taken && this.properties.equals(wanted)) {
			this.taken = true;
			return this.neo4j;
		}
		closeUnlessTaken();
		return EmbeddedNeo4j.startInBackground(wanted);
	}

	private synchronized void closeUnlessTaken() {
		if (this.neo4j != null && !this.taken) {
			this.taken = true;
			try {
				this.neo4j.close();
			}
			catch (RuntimeException ex) {
				// it did not start (say, a locked store): nothing to close, and the failure is the context's to report
			}
		}
	}

}
