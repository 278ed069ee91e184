package id.pokin.abuse;

import id.pokin.PokinApplication;

/**
 * Main class of the forked app: the application, ending when the test JVM that started it ends, however that ends
 * (a killed or crashed test JVM runs no shutdown hook, and the app would go on holding its ports and memory).
 */
public final class WithParent {

	private WithParent() {
	}

	public static void main(String[] args) {
		ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
		PokinApplication.main(args);
	}

}
