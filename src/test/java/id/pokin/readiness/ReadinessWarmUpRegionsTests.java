package id.pokin.readiness;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.pokin.coordination.ImportsUnderWay;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up makes the reports of the regions the overview lists: the units at level PEMDA. The Tujuan and Sasaran
 * of a region sit at that level too and sort before its unit by id; taken as a region, they are refused and nothing
 * is warmed.
 */
class ReadinessWarmUpRegionsTests extends GraphQlIntegrationTest {

	@Autowired
	ReadinessWarmUp warmUp;

	@Autowired
	ImportsUnderWay imports;

	@Test
	void warmsTheRegionsUnitsNotTheirPemdaLevelElements() {
		TestNeo4j.load("readiness-clean.cypher");

		assertThat(this.warmUp.regions()).containsExactly("rx-u-pemda", "ry-u-pemda");
	}

	/** A step of the warm-up waits while an import runs, and goes on once it has ended (and settled). */
	@Test
	void leavesTheCpuToAnImportUnderWay() throws Exception {
		CountDownLatch importing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> this.imports.run(() -> {
			importing.countDown();
			try {
				return release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}));
		assertThat(importing.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> step = CompletableFuture.runAsync(this.warmUp::leaveTheCpuToImports);
		Thread.sleep(300);
		assertThat(step).isNotDone();
		release.countDown();
		upload.get(10, TimeUnit.SECONDS);
		step.get(10, TimeUnit.SECONDS);
	}

}
