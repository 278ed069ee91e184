package id.pokin.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user behind a change: who they are (for the audit trail) and what they may edit. A planner's
 * perangkat daerah travels as an authority {@code PD:<unit id>}, so any source of users (the built-in list, an
 * OIDC provider's claims mapped to authorities) can grant it the same way.
 *
 * @param name the user name recorded in the audit trail
 * @param roles the user's roles
 * @param perangkatDaerah for a planner: the id of the perangkat daerah unit they may edit; null otherwise
 */
public record Editor(String name, Set<Role> roles, String perangkatDaerah) {

	public static final String PERANGKAT_DAERAH_PREFIX = "PD:";

	/** Changes made outside the web API: the import command and the demo dataset seed. */
	public static Editor system(String name) {
		return new Editor(name, Set.of(Role.ADMIN), null);
	}

	public static Editor of(Authentication authentication) {
		Set<Role> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap(authority -> java.util.Arrays.stream(Role.values()).filter(role -> role.authority().equals(authority)))
			.collect(Collectors.toUnmodifiableSet());
		String perangkatDaerah = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(PERANGKAT_DAERAH_PREFIX))
			.map(authority -> authority.substring(PERANGKAT_DAERAH_PREFIX.length()))
			.findFirst()
			.orElse(null);
		return new Editor(authentication.getName(), roles, perangkatDaerah);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/** Whether the user may edit at all: an administrator, or a planner who has a perangkat daerah. */
	public boolean canEdit() {
		return isAdmin() || (this.roles.contains(Role.PLANNER) && this.perangkatDaerah != null);
	}

}
