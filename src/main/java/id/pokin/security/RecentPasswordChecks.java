package id.pokin.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers a user's successful password check for a while, so that the requests of a signed-in user do not each
 * pay a bcrypt run (65-75 ms of CPU on a small server; HTTP Basic sends the password with every request). The same
 * idea as Elasticsearch's realm cache: what is kept is an HMAC of the password under a key made at start and held
 * only in memory, never the password, and only for users whose password was just checked by the delegate. A wrong
 * password always goes to the delegate, so guessing stays as slow as bcrypt makes it.
 * <p>
 * Users come from configuration, so a changed password takes a restart, which forgets everything kept here. Kept in
 * Caffeine: each entry expires {@code keepFor} after its check, and the entries are bounded in number (a passed
 * check of a token-less provider with many users, say, cannot grow the map without end).
 */
final class RecentPasswordChecks implements AuthenticationProvider {

	private static final String MAC = "HmacSHA256";

	private final AuthenticationProvider delegate;

	/** More users than any configuration names: the bound is a safeguard, not a working limit. */
	static final int MAX_USERS = 10_000;

	private final Duration keepFor;

	private final SecretKeySpec key;

	/** By user name: at most one entry per user, since only a passed check is kept. */
	private final Cache<String, Passed> passed;

	private record Passed(byte[] mac, Authentication result) {
	}

	RecentPasswordChecks(AuthenticationProvider delegate, Duration keepFor, Clock clock) {
		this.delegate = delegate;
		this.keepFor = keepFor;
		this.passed = Caffeine.newBuilder()
			.expireAfterWrite(keepFor.isNegative() ? Duration.ZERO : keepFor)
			.maximumSize(MAX_USERS)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, MAC);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (this.keepFor.isZero() || this.keepFor.isNegative()
				|| !(authentication.getCredentials() instanceof String password)) {
			return this.delegate.authenticate(authentication);
		}
		String username = authentication.getName();
		byte[] mac = mac(username, password);
		Passed kept = this.passed.getIfPresent(username);
		if (kept != null && MessageDigest.isEqual(kept.mac(), mac)) {
			return signedIn(kept.result(), authentication);
		}
		Authentication result = this.delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			this.passed.put(username, new Passed(mac, result));
		}
		return result;
	}

	/** How many passed checks are remembered (tests). */
	long remembered() {
		this.passed.cleanUp();
		return this.passed.estimatedSize();
	}

	/** A token of its own for this request: the details (remote address) are the request's, not the first one's. */
	private static Authentication signedIn(Authentication kept, Authentication request) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(kept.getPrincipal(),
				null, kept.getAuthorities());
		token.setDetails(request.getDetails());
		return token;
	}

	private byte[] mac(String username, String password) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(this.key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
