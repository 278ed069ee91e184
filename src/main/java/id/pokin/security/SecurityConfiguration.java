package id.pokin.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are open unless {@code pokin.security.anonymous-read=false}; every write (imports, and GraphQL
 * mutations through method security) needs a signed-in user with a role that allows it. The API is
 * stateless (HTTP Basic, no session); browsers cache Basic credentials, though, so writes a browser sends from
 * another site are refused ({@link CrossSiteRequests}). Command-line runs (no web server) are trusted: whoever
 * runs them already has the machine.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, ObjectProvider<JwtDecoder> jwt)
			throws Exception {
		if (jwt.getIfAvailable() != null) {
			// an external identity provider is configured: its bearer tokens sign users in too
			http.oauth2ResourceServer(server -> server
				.jwt(decoder -> decoder.jwtAuthenticationConverter(new OidcAuthorities(properties.oidc()))));
		}
		// No CSRF tokens (the API is stateless); a write a browser sends on another site's behalf is refused instead.
		http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new CrossSiteRequests()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
				requests.requestMatchers("/api/me").authenticated();
				// a file can touch any region, so only administrators import; planners edit through the API
				requests.requestMatchers(HttpMethod.POST, "/api/import/**").hasAuthority(Role.ADMIN.authority());
				if (properties.anonymousRead()) {
					requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
					// GraphQL reads are POSTs too; mutations are guarded by method security on their resolvers
					requests.requestMatchers(HttpMethod.POST, "/graphql").permitAll();
				}
				requests.anyRequest().authenticated();
			});
		return http.build();
	}

	/**
	 * Spring Security's observations are off ({@code management.observations.enable.spring.security}), yet with an
	 * observation registry present it still wrapped every filter of the chain, the authorization and the
	 * authentication in an observation for each request, each one discarded, around a small read's every step.
	 * Without them the chain is the plain one; the rules are the same.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The built-in users' password check, remembered for a while (bcrypt costs 65-75 ms a request). */
	@Bean
	AuthenticationProvider passwordSignIn(SecurityProperties properties, PasswordEncoder encoder) {
		List<UserDetails> configured = configuredUsers(properties);
		String adminPassword = properties.adminPassword();
		boolean admin = adminPassword != null && !adminPassword.isBlank();
		if (!admin && configured.isEmpty()) {
			log.warn("No users configured (pokin.security.users / POKIN_ADMIN_PASSWORD): nobody can sign in, "
					+ "so writes over HTTP are refused; imports still work from the command line");
		}
		// a user named like the built-in admin is refused now, as the users' store would refuse it
		if (admin && configured.stream().anyMatch(user -> user.getUsername().equals("admin"))) {
			throw new IllegalArgumentException("pokin.security.users: 'admin' is the built-in administrator's name");
		}
		// the admin's password is hashed beside the rest of the start rather than on its critical path (bcrypt before
		// the JIT has compiled it takes about a second); the first sign-in waits for it
		CompletableFuture<UserDetailsService> users = CompletableFuture.supplyAsync(() -> {
			List<UserDetails> all = new ArrayList<>();
			if (admin) {
				all.add(user("admin", encoder.encode(adminPassword), Set.of(Role.ADMIN), null));
			}
			all.addAll(configured);
			return new InMemoryUserDetailsManager(all);
		});
		UserDetailsService signIn = username -> users.join().loadUserByUsername(username);
		DaoAuthenticationProvider check = new DaoAuthenticationProvider(signIn);
		check.setPasswordEncoder(encoder);
		return new RecentPasswordChecks(check, properties.passwordCheckCache(), Clock.systemUTC());
	}

	private static List<UserDetails> configuredUsers(SecurityProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		for (SecurityProperties.User user : properties.users()) {
			users.add(user(user.username(), user.password(), user.roles(), user.perangkatDaerah()));
			if (user.roles().contains(Role.PLANNER) && user.perangkatDaerah() == null) {
				log.warn("Planner '{}' has no perangkat-daerah: they can sign in but edit nothing", user.username());
			}
		}
		return users;
	}

	private static UserDetails user(String username, String passwordHash, Set<Role> roles, String perangkatDaerah) {
		List<String> authorities = new ArrayList<>(roles.stream().map(Role::authority).toList());
		if (perangkatDaerah != null) {
			authorities.add(Editor.PERANGKAT_DAERAH_PREFIX + perangkatDaerah);
		}
		return User.withUsername(username).password(passwordHash).authorities(authorities.toArray(String[]::new)).build();
	}

}
