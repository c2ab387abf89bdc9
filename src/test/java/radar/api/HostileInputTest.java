package radar.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import radar.Database;

/**
 * A corpus of malformed and hostile requests. Each malformed one gets a 4xx problem+json and
 * stores nothing; the valid-but-hostile ones are stored as inert text; none gets a 5xx, and the
 * service is healthy afterwards with no stray rows.
 */
@QuarkusTest
class HostileInputTest {

    record Case(String name, String method, String path, String contentType, Object body) {}

    @Inject Database database;

    @Test
    void malformedRequestsGetProblemsAndStoreNothing() {
        database.clear();
        List<Case> cases = new ArrayList<>();
        json(cases, "truncated JSON", "{\"text\": \"abc");
        json(cases, "invalid JSON", "{text: abc}");
        json(cases, "lone brace", "{");
        json(cases, "array instead of object", "[\"text\"]");
        json(cases, "string instead of object", "\"text\"");
        json(cases, "number instead of object", "42");
        json(cases, "null body", "null");
        json(cases, "empty body", "");
        json(cases, "no fields", "{}");
        json(cases, "empty text", "{\"text\": \"\"}");
        json(cases, "whitespace text", "{\"text\": \" \\n\\t  \"}");
        json(cases, "control characters only", "{\"text\": \"\\u0000\\u0001\\u0007\"}");
        json(cases, "zero-width and BOM only", "{\"text\": \"\\uFEFF\\u2028\"}");
        json(cases, "number text", "{\"text\": 5}");
        json(cases, "boolean text", "{\"text\": true}");
        json(cases, "array text", "{\"text\": [\"a\", \"b\"]}");
        json(cases, "object text", "{\"text\": {\"a\": 1}}");
        json(cases, "number title", "{\"text\": \"The council said the bridge was closed.\", \"title\": 12}");
        json(cases, "title too long", "{\"text\": \"The council said the bridge was closed.\", \"title\": \"" + "t".repeat(1001) + "\"}");
        json(cases, "word date", "{\"text\": \"The council said the bridge was closed.\", \"publishedAt\": \"yesterday\"}");
        json(cases, "impossible date", "{\"text\": \"The council said the bridge was closed.\", \"publishedAt\": \"2025-13-45\"}");
        json(cases, "far-future date", "{\"text\": \"The council said the bridge was closed.\", \"publishedAt\": \"3025-01-01\"}");
        json(cases, "five-digit year", "{\"text\": \"The council said the bridge was closed.\", \"publishedAt\": \"99999-01-01\"}");
        json(cases, "ftp url", "{\"text\": \"The council said the bridge was closed.\", \"url\": \"ftp://example.org/a\"}");
        json(cases, "javascript url", "{\"text\": \"The council said the bridge was closed.\", \"url\": \"javascript:alert(1)\"}");
        json(cases, "not a url", "{\"text\": \"The council said the bridge was closed.\", \"url\": \"not a url\"}");
        json(cases, "deeply nested JSON", "{\"text\": \"x y z w\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        json(cases, "article over the length limit", "{\"text\": \"" + "word ".repeat(40_001) + "\"}");
        cases.add(new Case("10 MB body", "POST", "/articles", "application/json",
                ("{\"text\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("invalid UTF-8", "POST", "/articles", "application/json",
                concat("{\"text\": \"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28},
                        " the bridge\"}".getBytes(StandardCharsets.UTF_8))));
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        cases.add(new Case("binary bytes", "POST", "/articles", "application/json", binary));
        cases.add(new Case("text/plain", "POST", "/articles", "text/plain", "The council said the bridge was closed.".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("XML", "POST", "/articles", "application/xml", "<article><text>x</text></article>".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("form", "POST", "/articles", "application/x-www-form-urlencoded", "text=hello"));
        cases.add(new Case("report with no articles", "POST", "/reports", "application/json", "{\"articles\": []}".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("report with 21 articles", "POST", "/reports", "application/json",
                ("{\"articles\": [" + String.join(",", java.util.Collections.nCopies(21, "{\"text\": \"a b c d\"}")) + "]}").getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("report of a string", "POST", "/reports", "application/json", "{\"articles\": \"all\"}".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("review without body", "PATCH", "/contradictions/1", "application/json", new byte[0]));
        cases.add(new Case("review with a bad status", "PATCH", "/contradictions/1", "application/json", "{\"status\": \"DROP TABLE\"}".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("delete articles", "DELETE", "/articles", null, null));
        cases.add(new Case("unknown path", "GET", "/articles/1/../../etc/passwd", null, null));
        cases.add(new Case("limit over the maximum", "GET", "/contradictions?limit=100000", null, null));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            var request = given();
            if (c.contentType() != null) request = request.contentType(c.contentType());
            if (c.body() instanceof byte[] bytes) request = request.body(bytes);
            else if (c.body() instanceof String text) request = request.body(text);
            Response r = request.request(c.method(), c.path());
            boolean problem = r.contentType() != null && r.contentType().startsWith("application/problem+json");
            if (r.statusCode() < 400 || r.statusCode() >= 500 || !problem || r.asString().contains("Exception")) {
                wrong.add("  " + c.name() + ": " + r.statusCode() + " " + r.contentType() + " " + abbreviate(r.asString()));
            }
        }
        System.out.println("Hostile corpus: " + cases.size() + " malformed requests");
        assertTrue(wrong.isEmpty(), "not a clean 4xx problem:\n" + String.join("\n", wrong));
        for (String table : List.of("article", "statement", "contradiction", "topic", "actor")) {
            assertEquals(0, database.count(table), "nothing stored in " + table);
        }
        given().get("/q/health/ready").then().statusCode(200);
        assertTrue(cases.size() >= 40, "a corpus of at least 40");
    }

    @Test
    void hostileButValidArticlesAreStoredAsInertText() {
        database.clear();
        String script = "The mayor said <script>alert('x')</script> the tunnel would open in May. The builder said it would open in July.";
        String sql = "Robert'); DROP TABLE article;-- said the vote was fair. Observers said the vote was rigged ' OR '1'='1.";
        String longSentence = "The agency said " + "that the river level was rising again ".repeat(2_700) + "on Monday.";
        java.util.Map<String, Integer> ids = new java.util.LinkedHashMap<>();
        for (String text : List.of(script, sql, longSentence)) {
            ids.put(text, given().contentType("application/json").body(java.util.Map.of("text", text)).post("/articles")
                    .then().statusCode(201).extract().path("articleId"));
        }
        assertEquals(3, database.count("article"));
        given().get("/articles").then().statusCode(405); // the table and the service are still there
        String stored = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertTrue(stored.contains("UP"));
        for (var posted : ids.entrySet()) {
            assertEquals(posted.getKey(), database.articleText(posted.getValue()), "stored verbatim");
            // What the service shows of it is the text as written, markup and quotes included, never interpreted.
            List<String> sentences = given().get("/articles/" + posted.getValue()).then().statusCode(200)
                    .extract().jsonPath().getList("statements.sentence", String.class);
            for (String sentence : sentences) assertTrue(posted.getKey().contains(sentence), "a sentence of the text as written: " + abbreviate(sentence));
        }
        for (String text : List.of(script, sql)) {
            List<String> sentences = given().get("/articles/" + ids.get(text)).then().extract().jsonPath().getList("statements.sentence", String.class);
            assertTrue(sentences.stream().anyMatch(s -> s.contains(text.startsWith("The mayor") ? "<script>alert('x')</script>" : "DROP TABLE article;--")),
                    "the hostile sentence is read as a statement: " + sentences);
        }
    }

    private static void json(List<Case> cases, String name, String body) {
        cases.add(new Case(name, "POST", "/articles", "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
