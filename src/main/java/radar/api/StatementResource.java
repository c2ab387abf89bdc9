package radar.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import radar.RadarConfig;
import radar.report.Views;
import radar.service.ReportService;

@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject ReportService reports;
    @Inject RadarConfig config;

    /**
     * Who said what in one article: every statement with its actor (canonical, as written, kind),
     * proposition, polarity (asserts, denies, asks for a question someone put, intends for what someone commits to or calls for: the last two listed, never paired), verbatim sentence and the sentence's character
     * offsets in the text (as read: surrounding whitespace and control characters removed).
     * Nothing is stored and nothing is scored.
     */
    @POST
    public Views.Statements post(@NotNull(message = "a JSON article is required") @Valid ArticleRequest request) {
        return reports.statements(ArticleInputs.from(request, config.limits().maxArticleChars()));
    }
}
