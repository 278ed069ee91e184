package id.pokin.cli;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the {@link PokinCommand} named by the first argument, if any; otherwise does nothing. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<PokinCommand> commands;

	private int exitCode;

	CommandRunner(List<PokinCommand> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		String[] args = arguments.getSourceArgs();
		if (args.length == 0 || !CommandLine.isCommand(args[0])) {
			return;
		}
		PokinCommand command = this.commands.stream()
			.filter(c -> c.name().equals(args[0]))
			.findFirst()
			.orElse(null);
		if (command == null) {
			System.err.println("Unknown command '" + args[0] + "'. Commands:");
			this.commands.forEach(c -> System.err.println("  " + c.usage()));
			this.exitCode = 2;
			return;
		}
		this.exitCode = command.run(Arrays.asList(args).subList(1, args.length));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
