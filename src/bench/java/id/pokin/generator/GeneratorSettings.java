package id.pokin.generator;

/**
 * @param regions how many regions (each ~10,000 nodes; 100 regions is ~1,000,000)
 * @param seed the same seed always gives the same graph
 * @param crosscutting share of elements below the RPJMD given a second parent
 * @param defects share of planted defects: orphan indicators, dropped targets, elements without a
 * responsible unit; and, when above 0, one CONTRIBUTES_TO cycle in every tenth region
 * @param firstRegion index of the first region, so a graph can be grown in steps
 */
record GeneratorSettings(int regions, long seed, double crosscutting, double defects, int firstRegion) {

	static final int FIRST_YEAR = 2025;

	static final int LAST_YEAR = 2029;

}
