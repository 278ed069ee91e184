package id.pokin.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a user from an external identity provider's token (OIDC access token, a JWT): the user name, the roles
 * (EVALUATOR, PLANNER, ADMIN; other values are ignored) and a planner's perangkat daerah, each from the claim
 * configuration names, into the same authorities the built-in users get.
 */
final class OidcAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecurityProperties.Oidc claims;

	OidcAuthorities(SecurityProperties.Oidc claims) {
		this.claims = claims;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String value : values(jwt.getClaim(this.claims.rolesClaim()))) {
			for (Role role : Role.values()) {
				if (role.name().equals(value.toUpperCase(Locale.ROOT))) {
					authorities.add(new SimpleGrantedAuthority(role.authority()));
				}
			}
		}
		String perangkatDaerah = jwt.getClaimAsString(this.claims.perangkatDaerahClaim());
		if (perangkatDaerah != null && !perangkatDaerah.isBlank()) {
			authorities.add(new SimpleGrantedAuthority(Editor.PERANGKAT_DAERAH_PREFIX + perangkatDaerah));
		}
		String name = jwt.getClaimAsString(this.claims.usernameClaim());
		return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
	}

	private static List<String> values(Object claim) {
		if (claim instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String one) {
			return List.of(one.split("[,\\s]+"));
		}
		return List.of();
	}

}
