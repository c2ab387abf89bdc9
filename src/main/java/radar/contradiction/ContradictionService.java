package radar.contradiction;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import radar.report.ReportService;
import radar.report.Views;

/** Reads flagged pairs for the polling API. */
@ApplicationScoped
public class ContradictionService {

    @Transactional
    public Views.Page<Views.ContradictionView> newestFirst(int page, int size) {
        var query = Contradiction.<Contradiction>findAll(Sort.descending("id")).page(Page.of(page, size));
        return new Views.Page<>(query.list().stream().map(ReportService::view).toList(), page, size, query.count());
    }

    @Transactional
    public Optional<Views.ContradictionView> byId(long id) {
        return Contradiction.<Contradiction>findByIdOptional(id).map(ReportService::view);
    }
}
