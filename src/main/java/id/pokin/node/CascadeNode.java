package id.pokin.node;

/** Any node of the graph: a performance element, an indicator or an organisational unit. */
public sealed interface CascadeNode permits Element, Indicator, Unit {

	String id();

	NodeKind kind();

	String code();

	String name();

	Level level();

	Provenance source();

	long version();

}
