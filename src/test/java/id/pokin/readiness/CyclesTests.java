package id.pokin.readiness;

import java.util.ArrayList;
import java.util.List;

import id.pokin.readiness.Cycles.Cycle;
import id.pokin.readiness.Cycles.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CyclesTests {

	@Test
	void aDagHasNoCycle() {
		assertThat(Cycles.find(List.of(new Link("a", "b"), new Link("b", "c"), new Link("a", "c")))).isEmpty();
		assertThat(Cycles.find(List.of())).isEmpty();
	}

	@Test
	void eachStronglyConnectedGroupIsOneCycleFromItsSmallestId() {
		List<Cycle> cycles = Cycles.find(List.of(new Link("c", "a"), new Link("a", "b"), new Link("b", "c"),
				new Link("b", "x"), new Link("x", "y"), new Link("q", "q"), new Link("m", "n"), new Link("n", "m"),
				new Link("n", "o"), new Link("o", "m")));
		assertThat(cycles).containsExactly(new Cycle(List.of("a", "b", "c"), List.of("a", "b", "c", "a")),
				new Cycle(List.of("m", "n", "o"), List.of("m", "n", "m")), new Cycle(List.of("q"), List.of("q", "q")));
	}

	@Test
	void aLongChainDoesNotOverflowTheStack() {
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < 200_000; i++) {
			links.add(new Link("n" + i, "n" + (i + 1)));
		}
		links.add(new Link("n200000", "n0"));
		assertThat(Cycles.find(links)).singleElement().satisfies(cycle -> {
			assertThat(cycle.members()).hasSize(200_001);
			assertThat(cycle.path()).hasSize(200_002).startsWith("n0", "n1").endsWith("n200000", "n0");
		});
	}

}
