package id.pokin.node;

/** A request named an id that no node has. */
public class NodeNotFoundException extends RuntimeException {

	private final String id;

	public NodeNotFoundException(String id) {
		super("No node with id '" + id + "'");
		this.id = id;
	}

	/** With a message that says where the id was given, e.g. which argument of which field. */
	public NodeNotFoundException(String id, String message) {
		super(message);
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
