package id.pokin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentPasswordChecksTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final MovableClock clock = new MovableClock();

	@Test
	void aPassedCheckIsRememberedForTheSameUserAndPassword() {
		RecentPasswordChecks provider = provider(Duration.ofMinutes(5));
		Authentication first = provider.authenticate(request("siti", "rahasia", "10.0.0.1"));
		Authentication second = provider.authenticate(request("siti", "rahasia", "10.0.0.2"));
		assertThat(this.checks).hasValue(1);
		assertThat(second.isAuthenticated()).isTrue();
		assertThat(second.getName()).isEqualTo("siti");
		assertThat(second.getAuthorities()).map(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrderElementsOf(first.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())
			.contains("ROLE_PLANNER");
		// the request's own details, not those of the request that was checked
		assertThat(second.getDetails()).isEqualTo("10.0.0.2");
		assertThat(second.getCredentials()).isNull();
	}

	@Test
	void aWrongPasswordIsAlwaysCheckedAndRefused() {
		RecentPasswordChecks provider = provider(Duration.ofMinutes(5));
		provider.authenticate(request("siti", "rahasia", null));
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> provider.authenticate(request("siti", "salah", null)))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThat(this.checks).hasValue(4);
		// another user's password is not this user's
		assertThatThrownBy(() -> provider.authenticate(request("eva", "rahasia", null)))
			.isInstanceOf(BadCredentialsException.class);
		// and the right password is still remembered
		provider.authenticate(request("siti", "rahasia", null));
		assertThat(this.checks).hasValue(5);
	}

	@Test
	void aRememberedCheckEndsAfterItsTime() {
		RecentPasswordChecks provider = provider(Duration.ofMinutes(5));
		provider.authenticate(request("siti", "rahasia", null));
		this.clock.move(Duration.ofMinutes(4));
		provider.authenticate(request("siti", "rahasia", null));
		assertThat(this.checks).hasValue(1);
		this.clock.move(Duration.ofMinutes(1));
		provider.authenticate(request("siti", "rahasia", null));
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void anExpiredCheckIsForgottenNotJustIgnored() {
		RecentPasswordChecks provider = provider(Duration.ofMinutes(5));
		provider.authenticate(request("siti", "rahasia", null));
		provider.authenticate(request("eva", "lain", null));
		assertThat(provider.remembered()).isEqualTo(2);
		this.clock.move(Duration.ofMinutes(5));
		assertThat(provider.remembered()).isZero();
	}

	@Test
	void zeroChecksEveryRequest() {
		RecentPasswordChecks provider = provider(Duration.ZERO);
		provider.authenticate(request("siti", "rahasia", null));
		provider.authenticate(request("siti", "rahasia", null));
		assertThat(this.checks).hasValue(2);
	}

	private RecentPasswordChecks provider(Duration keepFor) {
		PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				RecentPasswordChecksTests.this.checks.incrementAndGet();
				return bcrypt.matches(raw, encoded);
			}
		};
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
				User.withUsername("siti").password(bcrypt.encode("rahasia")).roles("PLANNER").build(),
				User.withUsername("eva").password(bcrypt.encode("lain")).roles("EVALUATOR").build());
		DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
		check.setPasswordEncoder(counting);
		return new RecentPasswordChecks(check, keepFor, this.clock);
	}

	private static Authentication request(String username, String password, Object details) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
		token.setDetails(details);
		return token;
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-05T08:00:00Z");

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
