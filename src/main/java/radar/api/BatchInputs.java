package radar.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import radar.analysis.ArticleInput;
import radar.analysis.ArticleTooLargeException;

/** Checks every article of a batch before anything is queued: all of them, or none. */
final class BatchInputs {

    private BatchInputs() {}

    /** The batch's articles, read as {@code POST /articles} reads one; every problem named by its index ({@code articles[7].text}). */
    static List<ArticleInput> from(BatchRequest request, int maxArticles, int maxChars, Validator validator) {
        if (request == null || request.articles() == null) {
            throw invalid(List.of(new Problem.FieldError("articles", "is required: a JSON array of articles")));
        }
        List<ArticleRequest> articles = request.articles();
        if (articles.isEmpty()) throw invalid(List.of(new Problem.FieldError("articles", "must hold at least one article")));
        if (articles.size() > maxArticles) {
            throw invalid(List.of(new Problem.FieldError("articles", "holds " + articles.size() + " articles; a batch takes at most "
                    + maxArticles + " (radar.batches.max-articles): split it")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ArticleInput> inputs = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String at = "articles[" + i + "]";
            ArticleRequest article = articles.get(i);
            if (article == null) {
                errors.add(new Problem.FieldError(at, "must be an article object"));
                continue;
            }
            List<ConstraintViolation<ArticleRequest>> violations = new ArrayList<>(validator.validate(article));
            violations.sort(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()));
            for (ConstraintViolation<ArticleRequest> v : violations) errors.add(new Problem.FieldError(at + "." + v.getPropertyPath(), v.getMessage()));
            if (!violations.isEmpty()) continue;
            try {
                inputs.add(ArticleInputs.from(article, maxChars));
            } catch (BadInputException e) {
                errors.add(new Problem.FieldError(at + "." + e.field(), e.getMessage()));
            } catch (ArticleTooLargeException e) {
                errors.add(new Problem.FieldError(at + ".text", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) throw invalid(errors);
        return inputs;
    }

    private static InvalidFieldsException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().limit(5).map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "))
                + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more (see errors)" : "") + ". Nothing was queued.";
        return new InvalidFieldsException(detail, errors);
    }
}
