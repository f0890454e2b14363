package vn.daotao.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** Takes the screenshot while the browser is still open, then lets the failure through. */
class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (context.getRequiredTestInstance() instanceof BrowserTestBase test && test.driver != null) {
            try {
                BrowserTestBase.save(test.driver, "FAILED-" + test.testName());
            } catch (RuntimeException screenshotProblem) {
                throwable.addSuppressed(screenshotProblem);
            }
        }
        throw throwable;
    }
}
