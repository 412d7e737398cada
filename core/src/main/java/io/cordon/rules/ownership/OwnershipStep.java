package io.cordon.rules.ownership;

/**
 * One hop of an ownership path: {@code owner} holds {@code percentage} of {@code asset}.
 *
 * @param source where the link came from (FtM Ownership id, CSV file and line)
 */
public record OwnershipStep(String owner, String asset, double percentage, String source) {
  @Override
  public String toString() {
    return owner + " -[" + Percent.format(percentage) + "%]-> " + asset;
  }
}
