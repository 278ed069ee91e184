package id.pokin.graph;

/** Moves a {@link DataReadiness} through its states, for tests outside this package. */
public final class DataReadinessStates {

	private DataReadinessStates() {
	}

	public static void databaseStarted(DataReadiness readiness) {
		readiness.databaseStarted(java.util.Set.of());
	}

	public static void schemaReady(DataReadiness readiness) {
		readiness.schemaReady();
	}

	public static void schemaFailed(DataReadiness readiness, Throwable cause) {
		readiness.schemaFailed(cause);
	}

	public static void seeding(DataReadiness readiness, boolean seeding) {
		readiness.seeding(seeding);
	}

}
