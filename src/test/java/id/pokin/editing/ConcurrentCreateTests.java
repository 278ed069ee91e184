package id.pokin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creations of one new id at the same moment all find it free; the unique constraint lets one through. The others
 * get the {@code INVALID_VALUE} they get one after another, never an {@code INTERNAL_ERROR}.
 */
class ConcurrentCreateTests extends EditingTests {

	private static final int CREATIONS = 20;

	@Test
	void ofTwentyCreationsOfOneIdExactlyOneSucceedsAndTheOthersAreInvalidValues() throws Exception {
		loadFixture();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CREATIONS);
		List<Future<List<ResponseError>>> results = new ArrayList<>();
		try {
			for (int i = 0; i < CREATIONS; i++) {
				String user = i % 2 == 0 ? ADMIN : PLANNER_A;
				results.add(pool.submit(() -> {
					start.await();
					List<ResponseError> errors = new ArrayList<>();
					run(user, """
							mutation { createIndicator(input: {id: "ed-race", name: "Balapan", contributesTo: ["ed-a-kondisi"],
							  responsibleUnits: ["ed-a-bag"]}) { id } }""").errors().satisfy(errors::addAll);
					return errors;
				}));
			}
			start.countDown();
			int succeeded = 0;
			for (Future<List<ResponseError>> result : results) {
				List<ResponseError> errors = result.get();
				if (errors.isEmpty()) {
					succeeded++;
				}
				else {
					assertThat(errors).hasSize(1);
					assertError(errors.get(0), "BAD_REQUEST", "INVALID_VALUE", "id");
					assertThat(errors.get(0).getMessage()).isEqualTo("id: 'ed-race' is taken by a INDIKATOR");
				}
			}
			assertThat(succeeded).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(exists("ed-race")).isTrue();
		assertThat(history("ed-race")).extracting(change -> change.get("action")).containsExactly("CREATE");
	}

}
