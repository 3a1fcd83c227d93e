import com.microsoft.graph.models.ClonableTeamParts;
import com.microsoft.graph.models.TeamVisibilityType;
import com.microsoft.graph.teams.item.clone.ClonePostRequestBody;
import java.util.EnumSet;

ClonePostRequestBody clonePostRequestBody = new ClonePostRequestBody();
clonePostRequestBody.setDisplayName("Night shift crew");
clonePostRequestBody.setDescription("Copy of the day shift crew team");
clonePostRequestBody.setMailNickname("nightshiftcrew");
clonePostRequestBody.setPartsToClone(
  EnumSet.of(
    ClonableTeamParts.Apps,
    ClonableTeamParts.Tabs,
    ClonableTeamParts.Settings,
    ClonableTeamParts.Channels
  )
);
clonePostRequestBody.setVisibility(TeamVisibilityType.Private);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .teams()
  .byTeamId("{team-id}")
  .clone()
  .post(clonePostRequestBody);
