package id.pokin.capaian;

/** Of a roll-up: how many of the direct contributors had a capaian ({@code counted}) out of how many there are. */
record Coverage(int counted, int of) {
}
