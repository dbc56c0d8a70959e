/** A submit handler that runs the form's action instead of navigating the page. */
export function submitWith(run: () => Promise<void>) {
  return (event: Event) => {
    event.preventDefault();
    void run();
  };
}
