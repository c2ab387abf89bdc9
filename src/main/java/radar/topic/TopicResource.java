package radar.topic;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    /** A topic with its statements and flagged pairs. */
    public record TopicCount(long id, String label, long statements, long contradictions) {}

    @Inject EntityManager em;

    /** Topics that have flagged pairs or statements, the most contested first. */
    @GET
    @Transactional
    public List<TopicCount> list() {
        return em.createQuery("""
                        select new radar.topic.TopicResource$TopicCount(t.id, t.label, t.size,
                            (select count(c) from Contradiction c where c.topic = t))
                        from Topic t
                        order by (select count(c) from Contradiction c where c.topic = t) desc, t.size desc, t.id""", TopicCount.class)
                .getResultList();
    }
}
