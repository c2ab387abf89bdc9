package radar.actor;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    /** An actor with how many stored statements it asserts and how many flagged pairs it is in. */
    public record ActorCount(String id, String name, String kind, String role, String side, long statements, long contradictions) {}

    @Inject EntityManager em;

    /** Every actor that asserts a stored statement, the most quoted first. */
    @GET
    @Transactional
    public List<ActorCount> list() {
        return em.createQuery("""
                        select new radar.actor.ActorResource$ActorCount(a.id, a.name, a.kind, a.role, a.side, count(s),
                            (select count(c) from Contradiction c where c.statementA.actor = a or c.statementB.actor = a))
                        from ActorEntity a join Statement s on s.actor = a
                        group by a.id, a.name, a.kind, a.role, a.side
                        order by count(s) desc, a.name""", ActorCount.class)
                .getResultList();
    }
}
