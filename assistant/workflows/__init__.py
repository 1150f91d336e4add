"""The workflows: summaries, meeting notes and email-thread questions.

Each takes a Document or Transcript and a ``Backend`` and knows nothing of routing.
"""
