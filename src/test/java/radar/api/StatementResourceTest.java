package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

/** {@code POST /statements}: who said what in one article, nothing stored. */
@QuarkusTest
class StatementResourceTest {

    static final String TEXT = """
            HARBOURTON (Wire) – The port authority said the north quay would reopen on Monday.
            The dockers' union denied that the cranes had been repaired, and the union said the quay was still unsafe.
            Ships waited outside the harbour overnight.""";

    @Inject Database database;

    @BeforeEach
    void emptyStore() {
        database.clear();
    }

    @Test
    void listsWhoSaidWhatWithSentenceOffsetsAndStoresNothing() {
        List<Map<String, Object>> statements = given().contentType(ContentType.JSON).body(Map.of("source", "Wire", "text", TEXT))
                .post("/statements").then().statusCode(200)
                .body("sentences", equalTo(3))
                .extract().jsonPath().getList("statements");
        assertFalse(statements.isEmpty());
        assertEquals(statements.size(), given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/statements")
                .then().extract().jsonPath().getInt("statementCount"));
        Map<String, Object> first = statements.get(0);
        assertEquals("the north quay would reopen on Monday", first.get("text"));
        assertEquals("asserts", first.get("polarity"));
        assertEquals("the port authority", ((Map<?, ?>) first.get("actor")).get("name"));
        Map<String, Object> denial = statements.stream().filter(s -> "denies".equals(s.get("polarity"))).findFirst().orElseThrow();
        assertEquals("the cranes had been repaired", denial.get("text"));
        for (Map<String, Object> s : statements) {
            int start = (Integer) s.get("sentenceStart"), end = (Integer) s.get("sentenceEnd");
            assertEquals(s.get("sentence"), TEXT.substring(start, end), "offsets point at the sentence");
        }
        Map<String, Object> unattributed = statements.get(statements.size() - 1);
        assertEquals("Wire", ((Map<?, ?>) unattributed.get("actor")).get("name"));
        assertEquals("outlet", ((Map<?, ?>) unattributed.get("actor")).get("kind"));
        for (String table : List.of("article", "statement", "actor", "topic", "contradiction")) assertEquals(0, database.count(table), table);
    }

    @Test
    void rejectsBadInputWithAProblemAndStoresNothing() {
        given().contentType(ContentType.JSON).body(Map.of("title", "no text")).post("/statements")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"text\": 42}").post("/statements")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("text"));
        given().contentType(ContentType.JSON).body("{\"text\": \"A said B.\", ").post("/statements")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("The ministry said so.").post("/statements")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(200_001))).post("/statements")
                .then().statusCode(413).contentType("application/problem+json");
        for (String table : List.of("article", "statement", "actor")) assertEquals(0, database.count(table), table);
    }
}
