package id.pokin.cli;

/** Tells a command invocation ({@code pokin import FILE}) from a plain start ({@code pokin --server.port=9090}). */
public final class CommandLine {

	private CommandLine() {
	}

	public static boolean isCommand(String firstArgument) {
		return firstArgument != null && !firstArgument.isBlank() && !firstArgument.startsWith("-");
	}

}
