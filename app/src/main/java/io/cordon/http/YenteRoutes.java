package io.cordon.http;

import io.cordon.screening.Screener;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * The yente-compatible API, following yente's contract (../shared/yente-api/SPEC.md and
 * docs/http.md): {@code POST /match/{dataset}}, {@code GET /search/{dataset}},
 * {@code GET /entities/{id}} and its {@code adjacent} views, {@code GET /catalog} ({@code /manifest}),
 * {@code GET /algorithms}. Cordon's additions (explanations with weights, matched name, snapshot
 * ids, {@code as_of}) are extra fields yente clients ignore.
 */
public final class YenteRoutes implements CordonServer.Routes {
  private final YenteAlgorithms algorithms;
  private final YenteMatch match;
  private final YenteSearch search;
  private final YenteEntities entities;
  private final YenteCatalog catalog;

  /**
   * @param screeners  one screener per algorithm name; the first is the default (and {@code best})
   * @param maxQueries most queries accepted in one match request
   */
  public YenteRoutes(Map<String, Screener> screeners, ListView lists, int maxQueries) {
    this(screeners, lists, maxQueries, Deadline.DEFAULT);
  }

  /** @param deadline time one match request may take (checked between its queries) */
  YenteRoutes(Map<String, Screener> screeners, ListView lists, int maxQueries, java.time.Duration deadline) {
    this.algorithms = new YenteAlgorithms(screeners);
    this.match = new YenteMatch(algorithms, lists, maxQueries, deadline);
    this.search = new YenteSearch(algorithms, lists);
    this.entities = new YenteEntities(lists);
    this.catalog = new YenteCatalog(lists);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/match/{dataset}", match::handle);
    routes.get("/search/{dataset}", search::handle);
    routes.get("/entities/{id}", entities::entity);
    routes.get("/entities/{id}/adjacent", entities::adjacent);
    routes.get("/entities/{id}/adjacent/{prop}", entities::adjacentProperty);
    routes.get("/catalog", catalog::handle);
    routes.get("/manifest", catalog::handle);
    routes.get("/algorithms", algorithms::list);
  }
}
