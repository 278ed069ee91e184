package id.pokin.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional arguments of a command, with clear errors for typos. */
public final class CommandArguments {

	private final Map<String, String> options;

	private final List<String> positional;

	private CommandArguments(Map<String, String> options, List<String> positional) {
		this.options = options;
		this.positional = positional;
	}

	public static CommandArguments parse(List<String> args, List<String> known) {
		Map<String, String> options = new HashMap<>();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!known.contains(name)) {
				// Spring's own --property=value arguments pass through
				if (value != null && name.contains(".")) {
					continue;
				}
				throw new IllegalArgumentException("Unknown option --" + name + "; known: --" + String.join(", --", known));
			}
			if (value == null) {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException("Option --" + name + " needs a value");
				}
				value = args.get(++i);
			}
			options.put(name, value);
		}
		return new CommandArguments(options, positional);
	}

	public List<String> positional() {
		return this.positional;
	}

	public String value(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	public int intValue(String name, int fallback) {
		return (int) longValue(name, fallback);
	}

	public long longValue(String name, long fallback) {
		String value = this.options.get(name);
		try {
			return value == null ? fallback : Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " needs a whole number, got '" + value + "'");
		}
	}

	public double doubleValue(String name, double fallback) {
		String value = this.options.get(name);
		try {
			return value == null ? fallback : Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option --" + name + " needs a number, got '" + value + "'");
		}
	}

}
