package id.pokin.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users for the built-in sign-in (an external identity provider can replace them: see the README).
 *
 * @param anonymousRead whether reading (GraphQL queries, the UI, downloads) needs no sign-in
 * @param adminPassword if set, a user {@code admin} with this password and the ADMIN role exists
 * @param users further users, each with a password hash ({@code {bcrypt}$2a$...})
 * @param passwordCheckCache how long a user's passed password check is remembered ({@link RecentPasswordChecks});
 *     zero checks every request's password
 */
@ConfigurationProperties("pokin.security")
public record SecurityProperties(@DefaultValue("true") boolean anonymousRead, String adminPassword,
		@DefaultValue List<User> users, @DefaultValue Oidc oidc, @DefaultValue("5m") Duration passwordCheckCache) {

	/**
	 * Where an external identity provider's tokens carry what Pokin needs (used only when
	 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or another JWT source is set).
	 *
	 * @param usernameClaim the user name recorded in the audit trail
	 * @param rolesClaim a list (or space- or comma-separated text) holding EVALUATOR, PLANNER or ADMIN
	 * @param perangkatDaerahClaim for a planner: the id of their perangkat daerah unit
	 */
	public record Oidc(@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("roles") String rolesClaim,
			@DefaultValue("perangkat_daerah") String perangkatDaerahClaim) {
	}

	/**
	 * @param perangkatDaerah for a planner: the id of the perangkat daerah unit they may edit
	 */
	public record User(String username, String password, Set<Role> roles, String perangkatDaerah) {
	}

}
