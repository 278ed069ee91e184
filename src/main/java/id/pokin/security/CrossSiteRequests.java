package id.pokin.security;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The writes a browser sends on behalf of another site: what CSRF is made of. A browser tells where a request
 * comes from ({@code Sec-Fetch-Site}, or else {@code Origin} on every cross-origin POST); a request that says
 * it is cross-site is one the signed-in user's browser may be sending with their cached HTTP Basic credentials
 * without their knowing. Requests without these headers come from programs (curl, scripts, integrations), which
 * hold their credentials themselves. Pokin's own pages are same-origin.
 */
final class CrossSiteRequests implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
		}
		String origin = request.getHeader("Origin");
		return origin != null && !sameHost(origin, request.getHeader("Host"));
	}

	private static boolean sameHost(String origin, String host) {
		try {
			return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
