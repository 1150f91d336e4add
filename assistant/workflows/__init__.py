"""The workflows: summaries, meeting notes, email-thread questions, and chunking.

Each takes a Document or Transcript and a ``Backend`` and knows nothing of routing.
"""
