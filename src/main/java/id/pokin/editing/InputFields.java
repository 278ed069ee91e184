package id.pokin.editing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The node fields an input record gives, by property name, as {@link NodeFields#apply} reads them: every component
 * of the record but those that are not a node's own field (the id, links, document, targets), enums by name. An
 * {@link ArgumentValue} component given as null is kept as null (clear it), one left out is not there (keep it); a
 * plain component (a creation's) is there when it is not null. The record's components are the schema's input
 * fields, so the list of fields is written once, there.
 */
final class InputFields {

	/** Input fields that are not properties of the node. */
	private static final Set<String> NOT_FIELDS = Set.of("id", "contributesTo", "responsibleUnits", "parent",
			"sourceDocument", "targets");

	private InputFields() {
	}

	static Map<String, Object> of(Record input) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (RecordComponent component : input.getClass().getRecordComponents()) {
			if (NOT_FIELDS.contains(component.getName())) {
				continue;
			}
			Object value = value(input, component);
			if (value instanceof ArgumentValue<?> argument) {
				if (!argument.isOmitted()) {
					fields.put(component.getName(), plain(argument.value()));
				}
			}
			else if (value != null) {
				fields.put(component.getName(), plain(value));
			}
		}
		return fields;
	}

	private static Object value(Record input, RecordComponent component) {
		try {
			return component.getAccessor().invoke(input);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("The input record's accessors are its own", ex);
		}
	}

	private static Object plain(Object value) {
		return value instanceof Enum<?> constant ? constant.name() : value;
	}

}
