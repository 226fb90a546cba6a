package de.ladewerk.gateway.command;

import de.ladewerk.gateway.devmodel.DeviceModelService;
import de.ladewerk.ocpp.v16.core.GetConfigurationRequest;
import java.util.concurrent.TimeUnit;

/**
 * After a 1.6 GetConfiguration is answered, stores the reported keys in the device model (component
 * OCPP16), so the API shows a station's configuration as last read.
 */
public final class ConfigurationRecorder implements CommandOutcomeListener {

    private final DeviceModelService model;

    public ConfigurationRecorder(DeviceModelService model) {
        this.model = model;
    }

    @Override
    public Class<?> requestType() {
        return GetConfigurationRequest.class;
    }

    @Override
    public void answered(CommandResult command) throws Exception {
        // worker thread: wait for the commit, so the keys are there once the command's result is
        model.storeConfiguration(command.stationId(), command.response())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
