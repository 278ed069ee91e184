package id.pokin.pohonkinerja;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which boxes of the chart go on which page (see {@link ChartDocument}): the whole tree on one page when it fits;
 * otherwise an overview, the upper levels with the parts below them as stubs, and the parts, neighbouring subtrees
 * that fit together sharing a page. Pages refer to each other by number, so shapes are built after the numbering.
 */
final class ChartPlan {

	/** Overview box widths tried, widest first. */
	private static final float[] COMPACT_WIDTHS = { 150f, 130f, 116f, 100f, 86f, 74f };

	private final ChartLayout layout;

	private final ChartBox root;

	ChartPlan(ChartLayout layout, ChartBox root) {
		this.layout = layout;
		this.root = root;
	}

	sealed interface Item permits Pack, Upper {
	}

	/** Neighbouring subtrees drawn together on one page, under {@code parent}. */
	record Pack(ChartBox parent, List<ChartBox> roots) implements Item {
	}

	/** A node whose subtree does not fit a page: drawn in detail above its parts. */
	record Upper(ChartBox box, List<Item> items) implements Item {
	}

	private final Map<Pack, ChartPage> packPages = new IdentityHashMap<>();

	private final Map<Upper, ChartPage> upperPages = new IdentityHashMap<>();

	/** For the overview: the pack a box is the root of, and the page each box is drawn on in detail. */
	private final Map<ChartBox, Pack> packOfRoot = new IdentityHashMap<>();

	private final Map<ChartBox, ChartPage> detailPage = new IdentityHashMap<>();

	/** The pages in order, numbered. */
	List<ChartPage> pages() {
		ChartBox root = this.root;
		List<ChartPage> pages = new ArrayList<>();
		if (fits(List.of(this.layout.detail(root)))) {
			pages.add(new ChartPage(ChartPage.Kind.SINGLE, null, false, null, null));
			pages.get(0).number = 1;
			return pages;
		}
		Upper top = new Upper(root, items(root));
		ChartPage overview = new ChartPage(ChartPage.Kind.OVERVIEW, null, false, null, null);
		pages.add(overview);
		section(top, null, pages);
		if (!chooseOverview(overview, root)) {
			pages.remove(overview);
		}
		for (int i = 0; i < pages.size(); i++) {
			pages.get(i).number = i + 1;
		}
		return pages;
	}

	private List<Item> items(ChartBox parent) {
		List<Item> items = new ArrayList<>();
		List<ChartBox> pack = new ArrayList<>();
		for (ChartBox child : parent.children) {
			if (fits(List.of(this.layout.detail(child)))) {
				List<ChartBox> together = new ArrayList<>(pack);
				together.add(child);
				if (!pack.isEmpty() && !fits(together.stream().map(this.layout::detail).toList())) {
					items.add(pack(parent, pack));
					pack = new ArrayList<>();
				}
				pack.add(child);
			}
			else {
				if (!pack.isEmpty()) {
					items.add(pack(parent, pack));
					pack = new ArrayList<>();
				}
				items.add(new Upper(child, items(child)));
			}
		}
		if (!pack.isEmpty()) {
			items.add(pack(parent, pack));
		}
		return items;
	}

	private Pack pack(ChartBox parent, List<ChartBox> roots) {
		Pack pack = new Pack(parent, List.copyOf(roots));
		roots.forEach(root -> this.packOfRoot.put(root, pack));
		return pack;
	}

	private void section(Upper upper, ChartPage from, List<ChartPage> pages) {
		boolean full = fits(List.of(upperShape(upper, true)));
		ChartPage page = new ChartPage(ChartPage.Kind.UPPER, upper, full, null, from);
		pages.add(page);
		this.upperPages.put(upper, page);
		this.detailPage.put(upper.box, page);
		if (full) {
			List<Pack> packs = new ArrayList<>();
			collectPacks(upper, page, packs);
			packs.forEach(pack -> pages.add(partPage(pack, page)));
		}
		else {
			for (Item item : upper.items()) {
				if (item instanceof Pack pack) {
					pages.add(partPage(pack, page));
				}
				else if (item instanceof Upper below) {
					section(below, page, pages);
				}
			}
		}
	}

	/** The packs under an upper node drawn whole on one page, depth first; the nested upper nodes are on it too. */
	private void collectPacks(Upper upper, ChartPage page, List<Pack> packs) {
		for (Item item : upper.items()) {
			if (item instanceof Pack pack) {
				packs.add(pack);
			}
			else if (item instanceof Upper below) {
				this.upperPages.put(below, page);
				this.detailPage.put(below.box, page);
				collectPacks(below, page, packs);
			}
		}
	}

	private ChartPage partPage(Pack pack, ChartPage from) {
		ChartPage page = new ChartPage(ChartPage.Kind.PART, null, false, pack, from);
		this.packPages.put(pack, page);
		pack.roots().forEach(root -> root.subtree().forEach(box -> this.detailPage.put(box, page)));
		return page;
	}

	/** The overview's box width and depth: the widest boxes and deepest tree that fit; false if none does. */
	private boolean chooseOverview(ChartPage overview, ChartBox root) {
		int depth = depth(root);
		for (int d = depth; d >= 1; d--) {
			if (!fits(List.of(compactTree(root, 0, d)), COMPACT_WIDTHS[COMPACT_WIDTHS.length - 1])) {
				continue;
			}
			for (float width : COMPACT_WIDTHS) {
				if (fits(List.of(compactTree(root, 0, d)), width)) {
					overview.compactWidth = width;
					overview.depth = d;
					return true;
				}
			}
		}
		return false;
	}

	private static int depth(ChartBox box) {
		int below = 0;
		for (ChartBox child : box.children) {
			below = Math.max(below, depth(child));
		}
		return below + 1;
	}

	private boolean fits(List<Shape> roots) {
		return fits(roots, 0);
	}

	private boolean fits(List<Shape> roots, float compactWidth) {
		float[] size = this.layout.placeRow(roots, ChartDocument.CONTENT_HEIGHT, compactWidth);
		return size[0] <= ChartDocument.CONTENT_WIDTH && size[1] <= ChartDocument.CONTENT_HEIGHT;
	}

	// ---- shapes of a page

	private Shape upperShape(Upper upper, boolean full) {
		Shape shape = this.layout.detailAlone(upper.box);
		for (Item item : upper.items()) {
			if (item instanceof Pack pack) {
				int page = pageOf(this.packPages.get(pack));
				pack.roots().forEach(root -> shape.children.add(this.layout.stub(root, page)));
			}
			else if (item instanceof Upper below) {
				shape.children.add(full ? upperShape(below, true)
						: this.layout.stub(below.box, pageOf(this.upperPages.get(below))));
			}
		}
		return shape;
	}

	private Shape compactTree(ChartBox box, int depth, int maxDepth) {
		Integer mark = null;
		Pack pack = this.packOfRoot.get(box);
		if (pack != null) {
			mark = pageOf(this.packPages.get(pack));
		}
		else if (depth + 1 == maxDepth && !box.children.isEmpty()) {
			mark = pageOf(this.detailPage.get(box));
		}
		Shape shape = this.layout.compact(box, mark);
		if (depth + 1 < maxDepth) {
			box.children.forEach(child -> shape.children.add(compactTree(child, depth + 1, maxDepth)));
		}
		return shape;
	}

	private static int pageOf(ChartPage page) {
		return page == null ? 999 : page.numberOrPlaceholder();
	}

	/** What a page draws: its root shapes, not yet placed. */
	List<Shape> shapes(ChartPage page) {
		return switch (page.kind) {
			case SINGLE -> List.of(this.layout.detail(this.root));
			case OVERVIEW -> List.of(compactTree(this.root, 0, page.depth));
			case UPPER -> List.of(upperShape(page.upper, page.full));
			case PART -> page.pack.roots().stream().map(this.layout::detail).toList();
		};
	}

}
