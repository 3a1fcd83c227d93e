import com.microsoft.graph.communications.calls.logteleconferencedevicequality.LogTeleconferenceDeviceQualityPostRequestBody;
import com.microsoft.graph.models.TeleconferenceDeviceAudioQuality;
import com.microsoft.graph.models.TeleconferenceDeviceMediaQuality;
import com.microsoft.graph.models.TeleconferenceDeviceQuality;
import com.microsoft.kiota.PeriodAndDuration;
import java.time.Duration;
import java.util.LinkedList;
import java.util.UUID;

LogTeleconferenceDeviceQualityPostRequestBody logTeleconferenceDeviceQualityPostRequestBody =
  new LogTeleconferenceDeviceQualityPostRequestBody();
TeleconferenceDeviceQuality quality = new TeleconferenceDeviceQuality();
quality.setCallChainId(
  UUID.fromString("8f2c4b1a-5d3e-4f60-9a7b-1c2d3e4f5a6b")
);
quality.setParticipantId(
  UUID.fromString("2e9d7c6b-4a3f-4e21-8b0c-9d8e7f6a5b4c")
);
quality.setDeviceName("Room 4.12 bar");
LinkedList<TeleconferenceDeviceMediaQuality> mediaQualityList =
  new LinkedList<>();
TeleconferenceDeviceAudioQuality teleconferenceDeviceAudioQuality =
  new TeleconferenceDeviceAudioQuality();
teleconferenceDeviceAudioQuality.setOdataType(
  "#microsoft.graph.teleconferenceDeviceAudioQuality"
);
teleconferenceDeviceAudioQuality.setChannelIndex(1);
teleconferenceDeviceAudioQuality.setMediaDuration(
  PeriodAndDuration.ofDuration(Duration.parse("PT20M"))
);
teleconferenceDeviceAudioQuality.setAverageInboundJitter(
  PeriodAndDuration.ofDuration(Duration.parse("PT0.03S"))
);
teleconferenceDeviceAudioQuality.setMaximumInboundJitter(
  PeriodAndDuration.ofDuration(Duration.parse("PT0S"))
);
teleconferenceDeviceAudioQuality.setAverageOutboundJitter(
  PeriodAndDuration.ofDuration(Duration.parse("P9D"))
);
mediaQualityList.add(teleconferenceDeviceAudioQuality);
quality.setMediaQualityList(mediaQualityList);
logTeleconferenceDeviceQualityPostRequestBody.setQuality(quality);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .communications()
  .calls()
  .logTeleconferenceDeviceQuality()
  .post(logTeleconferenceDeviceQualityPostRequestBody);
